'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export function SignOutButton() {
  const t = useTranslations('shell');
  const [pending, setPending] = useState(false);

  async function handleClick() {
    setPending(true);
    try {
      // redirect: false, then a relative navigation: correct even when NEXTAUTH_URL names
      // another host than the one the browser used.
      await signOut({ redirect: false });
    } finally {
      // A full load on purpose: it drops the client router cache, which still holds signed-in pages.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/login');
    }
  }

  return (
    <button type="button" className="button button-secondary button-small" disabled={pending} onClick={handleClick}>
      {pending ? t('signingOut') : t('signOut')}
    </button>
  );
}
