import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ApiFailure, type Schemas } from '../api/client';
import { downloadFile, uploadForm } from '../api/files';
import { getSession } from '../api/session';
import { ConfirmDialog } from './confirm';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from './forms';
import { ErrorMessage, Loading, Notice } from './layout';
import { formatDateTime } from '../i18n/format';
import { type MessageId, useLabel, useLocale, useT } from '../i18n/i18n';

type Document = Schemas['DocumentView'];
type Required = Schemas['RequiredDocumentDto'];
const OTHER = 'other';

/** Bytes as people read them (`1,2 MB`). */
function formatSize(bytes: number, locale: 'nl' | 'en'): string {
  const n = new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${n.format(bytes / 1024)} kB`;
  return `${n.format(bytes / 1024 / 1024)} MB`;
}

/** The API's refusal of an upload in plain words (413, 415, 422 DOCUMENT_REJECTED, 409). */
function uploadProblem(
  err: unknown,
  t: (id: MessageId, v?: Record<string, string | number>) => string,
  locale: 'nl' | 'en',
) {
  if (!(err instanceof ApiFailure)) return `${t('common.error')} ${String(err)}`;
  const e = err.error;
  if (e.statusCode === 413) {
    const max = (e.details as { maxBytes?: number } | undefined)?.maxBytes;
    return max ? t('docs.tooLargeMax', { max: formatSize(max, locale) }) : t('docs.tooLarge');
  }
  if (e.statusCode === 415) return t('docs.wrongType');
  if (e.code === 'DOCUMENT_REJECTED') return t('docs.rejected');
  if (e.statusCode === 409) return t('docs.frozen');
  if (e.statusCode === 422 || e.statusCode === 400) return `${t('docs.refused')} ${e.message}`;
  return `${t('common.error')} ${e.message}`;
}

/**
 * Documents of a record (an application's annexes, or the evidence of its final report): the list with
 * scan status and SHA-256, download, and — while `editable` — upload (multipart: file, kind, title,
 * optionally the partner) and removal. `basePath` is the API collection, e.g.
 * `/api/applications/:id/documents`. The required annexes of the call are offered as kinds and listed.
 */
export function DocumentsSection(props: {
  id: string;
  title: string;
  intro?: string;
  basePath: string;
  queryKey: readonly unknown[];
  documents: { data?: Document[]; isPending: boolean; error: Error | null };
  editable: boolean;
  required?: Required[];
  partners: { organisationId: string; name: string }[];
  /** What else to read again after a change (e.g. the application, whose verdict counts annexes). */
  alsoInvalidate?: readonly unknown[];
  kinds?: { kind: string; label: string }[];
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Document | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [downloadError, setDownloadError] = useState<string | undefined>();
  const required = props.required ?? [];
  const kinds = [
    ...required.map((r) => ({ kind: r.kind, label: r.label })),
    ...(props.kinds ?? []).filter((k) => !required.some((r) => r.kind === k.kind)),
  ];
  // the call's own label first, then the portal's words for the usual kinds, else the key itself
  const kindLabel = (kind: string) => kinds.find((k) => k.kind === kind)?.label ?? label('docKind', kind);
  const partnerName = (id: string | null) =>
    id ? (props.partners.find((p) => p.organisationId === id)?.name ?? '') : '';
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: props.queryKey });
    if (props.alsoInvalidate) await queryClient.invalidateQueries({ queryKey: props.alsoInvalidate });
  };
  const remove = useMutation({
    mutationFn: async (d: Document) => {
      const response = await fetch(`${props.basePath}/${d.id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${getSession()?.token ?? ''}` },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new ApiFailure({
          statusCode: response.status,
          code: body.code ?? 'UNKNOWN',
          message: body.message ?? response.statusText,
        });
      }
      return d;
    },
    onSuccess: async (d) => {
      setRemoving(undefined);
      setMessage(t('docs.removed', { title: d.title }));
      await refresh();
    },
  });
  const download = async (d: Document) => {
    setDownloadError(undefined);
    try {
      await downloadFile(`${props.basePath}/${d.id}`, d.fileName);
    } catch (err) {
      setDownloadError(
        err instanceof ApiFailure && err.error.code === 'DOCUMENT_PENDING'
          ? t('docs.stillScanning')
          : t('docs.downloadFailed'),
      );
    }
  };
  const docs = props.documents.data ?? [];
  return (
    <section aria-labelledby={`${props.id}-heading`} id={props.id}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.intro ? <p>{props.intro}</p> : null}
      {required.length > 0 ? (
        <div className="panel">
          <h3 className="panel-title">{t('docs.requiredTitle')}</h3>
          <ul>
            {required.map((r) => {
              const ofKind = docs.filter((d) => d.kind === r.kind);
              return (
                <li key={r.kind}>
                  <strong>{r.label}</strong>
                  {r.perPartner ? ` — ${t('docs.perPartner')}` : ''}
                  <span className="caption">
                    {' '}
                    ({ofKind.length === 0 ? t('docs.noneOfKind') : t('docs.ofKind', { n: ofKind.length })})
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="hint">{t('docs.requiredHint')}</p>
        </div>
      ) : null}
      <div aria-live="polite">
        {message ? <Notice kind="success">{message}</Notice> : null}
        {downloadError ? <p className="field-error">{downloadError}</p> : null}
      </div>
      {props.documents.isPending ? <Loading /> : null}
      {props.documents.error ? <ErrorMessage error={props.documents.error} /> : null}
      {props.documents.data && docs.length === 0 ? <p>{t('docs.none')}</p> : null}
      {docs.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {t('docs.docTitle')} · {t('docs.kind')}
                </th>
                <th scope="col">{t('docs.file')}</th>
                <th scope="col">{t('docs.scan')}</th>
                <th scope="col">{t('docs.hash')}</th>
                <th scope="col">{t('team.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    {d.title}
                    <div className="caption">
                      {kindLabel(d.kind)}
                      {d.organisationId ? ` · ${partnerName(d.organisationId)}` : ''}
                    </div>
                  </th>
                  <td>
                    {d.fileName}
                    <div className="caption">
                      {formatSize(d.sizeBytes, locale)} · {formatDateTime(d.createdAt, locale)}
                    </div>
                  </td>
                  <td>{label('scanStatus', d.scanStatus)}</td>
                  <td>
                    <code className="hash">{d.sha256}</code>
                  </td>
                  <td>
                    <div className="actions actions-tight">
                      <Button
                        className="button button-secondary button-small"
                        aria-label={t('docs.downloadFor', { title: d.title })}
                        onPress={() => void download(d)}
                        isDisabled={d.scanStatus === 'pending'}
                      >
                        {t('docs.download')}
                      </Button>
                      {props.editable ? (
                        <Button
                          className="button button-secondary button-small"
                          aria-label={t('docs.removeFor', { title: d.title })}
                          onPress={() => setRemoving(d)}
                        >
                          {t('docs.remove')}
                        </Button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {props.editable ? (
        <UploadForm
          id={props.id}
          basePath={props.basePath}
          kinds={kinds}
          required={required}
          partners={props.partners}
          onUploaded={async (d) => {
            setMessage(t('docs.uploaded', { title: d.title }));
            await refresh();
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={removing !== undefined}
        onClose={() => setRemoving(undefined)}
        title={t('docs.removeTitle')}
        confirm={t('docs.removeConfirm')}
        busy={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        error={remove.error ? uploadProblem(remove.error, t, locale) : undefined}
      >
        <p>{t('docs.removeIntro', { title: removing?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

function UploadForm(props: {
  id: string;
  basePath: string;
  kinds: { kind: string; label: string }[];
  required: Required[];
  partners: { organisationId: string; name: string }[];
  onUploaded: (d: Document) => Promise<void>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const [organisationId, setOrganisationId] = useState<string | undefined>();
  const [fileName, setFileName] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const f = (name: string) => `${props.id}-${name}`;
  const perPartner = props.required.find((r) => r.kind === kind)?.perPartner === true;
  // with one organisation there is nothing to choose
  const partnerId =
    organisationId ?? (props.partners.length === 1 ? props.partners[0].organisationId : undefined);
  const upload = useMutation({
    mutationFn: () => {
      const file = fileRef.current?.files?.[0] as File;
      const form = new FormData();
      form.append('kind', kind as string);
      form.append('title', title.trim());
      if (partnerId && (perPartner || organisationId)) form.append('organisationId', partnerId);
      form.append('file', file, file.name);
      return uploadForm<Document>(props.basePath, form);
    },
    onSuccess: async (d) => {
      setTitle('');
      setKind(undefined);
      setOrganisationId(undefined);
      setFileName('');
      if (fileRef.current) fileRef.current.value = '';
      setProblems([]);
      await props.onUploaded(d);
    },
    onError: (err) => setProblems([{ field: f('file'), message: uploadProblem(err, t, locale) }]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!fileRef.current?.files?.[0]) found.push({ field: f('file'), message: t('docs.fileMissing') });
    if (!kind) found.push({ field: f('kind'), message: t('docs.kindMissing') });
    if (title.trim() === '') found.push({ field: f('title'), message: t('docs.titleMissing') });
    if (title.trim().length > 200) found.push({ field: f('title'), message: t('docs.titleLong') });
    if (perPartner && !partnerId) {
      found.push({ field: f('organisation'), message: t('docs.partnerMissing') });
    }
    setProblems(found);
    if (found.length === 0) upload.mutate();
  };
  const fileError = problemOf(problems, f('file'));
  const options = [
    ...props.kinds.map((k) => ({ id: k.kind, label: k.label })),
    ...(props.kinds.some((k) => k.kind === OTHER) ? [] : [{ id: OTHER, label: t('docs.kindOther') }]),
  ];
  return (
    <div className="upload">
      <h3>{t('docs.uploadTitle')}</h3>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <div className={fileError ? 'field field-file field-invalid' : 'field field-file'}>
          <label htmlFor={f('file')}>{t('docs.file')}</label>
          <p className="hint" id={f('file-hint')}>
            {t('docs.fileHint')}
          </p>
          {fileError ? (
            <p className="field-error" id={f('file-error')}>
              <span className="visually-hidden">{t('form.error')}: </span>
              {fileError}
            </p>
          ) : null}
          <input
            ref={fileRef}
            id={f('file')}
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.odt,.docx,.xlsx"
            aria-describedby={fileError ? `${f('file-hint')} ${f('file-error')}` : f('file-hint')}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              const name = e.target.files?.[0]?.name ?? '';
              setFileName(name);
              if (!title && name) setTitle(name.replace(/\.[^.]+$/, ''));
            }}
          />
          {fileName ? <p className="field-status">{t('docs.chosen', { name: fileName })}</p> : null}
        </div>
        <SelectInput
          id={f('kind')}
          label={t('docs.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v);
            const known = props.kinds.find((k) => k.kind === v);
            if (known && title === '') setTitle(known.label);
          }}
          options={options}
          error={problemOf(problems, f('kind'))}
        />
        <TextInput
          id={f('title')}
          label={t('docs.docTitle')}
          value={title}
          onChange={setTitle}
          width="medium"
          error={problemOf(problems, f('title'))}
        />
        {props.partners.length > 1 ? (
          <SelectInput
            id={f('organisation')}
            label={perPartner ? t('docs.partner') : `${t('docs.partner')} ${t('form.optional')}`}
            hint={t('docs.partnerHint')}
            value={organisationId}
            onChange={setOrganisationId}
            options={props.partners.map((p) => ({ id: p.organisationId, label: p.name }))}
            error={problemOf(problems, f('organisation'))}
          />
        ) : null}
        <Button type="submit" className="button" isDisabled={upload.isPending}>
          {upload.isPending ? t('docs.uploading') : t('docs.uploadSubmit')}
        </Button>
      </Form>
    </div>
  );
}
