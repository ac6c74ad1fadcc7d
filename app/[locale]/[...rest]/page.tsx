import { notFound } from "next/navigation";

// Any other address in a language: the localized 404 page, inside the page frame.
export default function UnknownPage() {
  notFound();
}
