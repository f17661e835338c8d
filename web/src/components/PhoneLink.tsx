/** A phone number as a `tel:` link (dialled without spaces, brackets and dashes). */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>;
}
