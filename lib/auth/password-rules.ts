// Password rules shared by the browser forms and the server (no hashing code here, so forms can import it).
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
