"use client";
// A GET form of list filters that applies a choice as soon as it is made: changing a select submits
// the form (a normal page load of the filtered address). The text search still waits for Enter or
// its button. Without JavaScript it is an ordinary form with a submit button.
import type { ComponentProps } from "react";

export function FilterForm(props: Omit<ComponentProps<"form">, "onChange" | "method">) {
  return (
    <form
      {...props}
      method="get"
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit();
      }}
    />
  );
}
