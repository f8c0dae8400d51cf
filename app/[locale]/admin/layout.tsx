// Staff and admin pages: their forms' words go to the browser too (the public pages do without).
import { ClientMessages } from "@/components/client-messages";

export default function StaffMessagesLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages extra={["staff", "admin", "translate", "validation"]}>
      {children}
    </ClientMessages>
  );
}
