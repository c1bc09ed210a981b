/** Sign-in and sign-up share a narrow, centred column. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto w-full max-w-md py-4 sm:py-10">{children}</div>;
}
