import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Locale } from './format';
import nl from './nl.json';

/** Every message id: the Dutch catalogue is the reference; en.json must have the same keys (typecheck). */
export type MessageId = keyof typeof nl;
export type Messages = Record<MessageId, string>;

const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({
  locale: 'nl',
  setLocale: () => undefined,
});

const STORAGE_KEY = 'portal.locale'; // a display preference only; never a token

async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'nl') return nl;
  const en = (await import('./en.json')).default satisfies Messages;
  return en;
}

/** Dutch by default; English when chosen (kept in this browser). The English catalogue loads on demand. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const initial: Locale = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  const [locale, setLocaleState] = useState<Locale>(initial);
  const [messages, setMessages] = useState<Messages | undefined>(initial === 'nl' ? nl : undefined);
  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((m) => live && setMessages(m));
    document.documentElement.lang = locale;
    return () => {
      live = false;
    };
  }, [locale]);
  const setLocale = useCallback((l: Locale) => {
    localStorage.setItem(STORAGE_KEY, l);
    setLocaleState(l);
  }, []);
  if (!messages) return null;
  return (
    <LocaleContext.Provider value={{ locale, setLocale }}>
      <IntlProvider
        locale={locale === 'nl' ? 'nl-BE' : 'en-GB'}
        messages={messages}
        defaultLocale="nl-BE"
        onError={(err) => {
          // an unknown key of an open list (a programme's own cluster) shows the key itself
          if (err.code !== 'MISSING_TRANSLATION') console.error(err);
        }}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  return useContext(LocaleContext);
}

type Values = Record<string, string | number>;

/** `t('home.title')`: a message of the catalogue, typed by its id. */
export function useT(): (id: MessageId, values?: Values) => string {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/** The label of a value of an enumeration (`status.draft`), or the value itself when it has none. */
export function useLabel(): (prefix: string, value: string) => string {
  const intl = useIntl();
  return useCallback(
    (prefix, value) => intl.formatMessage({ id: `${prefix}.${value}`, defaultMessage: value }),
    [intl],
  );
}
