/**
 * "Help" in the clinic's menu: who to ask. Staff questions go to the clinic's administrator; account and platform
 * questions go to the operator's support address (owner console → Settings → Support email) when one is set.
 */
export function HelpMenu({ supportEmail }: { supportEmail: string | null }) {
  return (
    <details className="mb-2 px-3 text-sm" data-testid="help-menu">
      <summary className="cursor-pointer py-1 font-medium text-slate-600 hover:text-slate-900">Help</summary>
      <div className="mt-1 space-y-1 text-xs text-slate-600">
        <p>Questions about your account or access: ask your clinic administrator.</p>
        {supportEmail ? (
          <p>
            SmartDMV support:{' '}
            <a className="font-medium text-brand-700 underline" href={`mailto:${supportEmail}`}>
              {supportEmail}
            </a>
          </p>
        ) : null}
      </div>
    </details>
  );
}
