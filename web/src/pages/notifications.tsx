import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, type Schemas, unwrap } from '../api/client';
import { useNotifications } from '../api/queries';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { formatDateTime } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

const PAGE = 20;

/**
 * The inbox: the user's own notifications, newest first (the same events as the mails, and those whose
 * mail the user switched off). Unread ones say so in words; opening one marks it read, as does the
 * button beside it or "mark all read". The links are the portal paths the API gives (`/applications/…`,
 * routed to the page in routes.tsx).
 */
export function NotificationsPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const list = useNotifications(offset, PAGE);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/notifications/read-all')),
    onSuccess: refresh,
  });
  const data = list.data;
  return (
    <>
      <PageTitle>{t('inbox.title')}</PageTitle>
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorMessage error={list.error} /> : null}
      {data ? (
        <>
          <p role="status">
            {data.unread === 0 ? t('inbox.noneUnread') : t('inbox.unreadCount', { n: data.unread })}
          </p>
          {data.unread > 0 ? (
            <div className="actions">
              <Button
                className="button button-secondary"
                onPress={() => readAll.mutate()}
                isDisabled={readAll.isPending}
              >
                {t('inbox.readAll')}
              </Button>
            </div>
          ) : null}
          {readAll.isSuccess ? <Notice kind="success">{t('inbox.allRead')}</Notice> : null}
          {data.items.length === 0 ? <p>{t('inbox.empty')}</p> : null}
          <ul className="inbox">
            {data.items.map((n) => (
              <NotificationItem
                key={n.id}
                n={n}
                category={label('inbox.category', n.category)}
                when={formatDateTime(n.createdAt, locale)}
                onRead={() => read.mutate(n.id)}
                busy={read.isPending}
              />
            ))}
          </ul>
          {read.error ? <ErrorMessage error={read.error} /> : null}
          {data.total > PAGE ? (
            <nav className="actions" aria-label={t('inbox.pages')}>
              <Button
                className="button button-secondary"
                isDisabled={offset === 0}
                onPress={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('inbox.newer')}
              </Button>
              <span>
                {t('inbox.range', {
                  from: offset + 1,
                  to: Math.min(offset + PAGE, data.total),
                  total: data.total,
                })}
              </span>
              <Button
                className="button button-secondary"
                isDisabled={offset + PAGE >= data.total}
                onPress={() => setOffset(offset + PAGE)}
              >
                {t('inbox.older')}
              </Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function NotificationItem({
  n,
  category,
  when,
  onRead,
  busy,
}: {
  n: Schemas['NotificationView'];
  category: string;
  when: string;
  onRead: () => void;
  busy: boolean;
}) {
  const t = useT();
  const unread = n.readAt === null;
  return (
    <li className={unread ? 'inbox-item inbox-unread' : 'inbox-item'}>
      <div>
        {unread ? <span className="tag tag-new">{t('inbox.new')}</span> : null}{' '}
        {n.link ? (
          <Link
            href={n.link}
            onClick={() => {
              if (unread) onRead();
            }}
          >
            {n.title}
          </Link>
        ) : (
          <strong>{n.title}</strong>
        )}
        <div className="caption">
          {when} · {category}
          {n.legal ? ` · ${t('inbox.legal')}` : ''}
        </div>
      </div>
      {unread ? (
        <Button
          className="button button-secondary button-small"
          aria-label={t('inbox.markReadFor', { title: n.title })}
          onPress={onRead}
          isDisabled={busy}
        >
          {t('inbox.markRead')}
        </Button>
      ) : null}
    </li>
  );
}
