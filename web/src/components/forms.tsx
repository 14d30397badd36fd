import { type ReactNode, useEffect, useRef } from 'react';
import {
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Button as AriaButton,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { useT } from '../i18n/i18n';

/** A field's problem, for the error summary and the field itself. */
export interface Problem {
  field: string;
  message: string;
}

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears, one link per problem that
 * moves the focus to the field.
 */
export function ErrorSummary({ problems, title }: { problems: Problem[]; title?: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title ?? t('form.errorSummary')}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.field + p.message}>
            <a
              href={`#${p.field}`}
              onClick={(e) => {
                const target = document.getElementById(p.field);
                if (target) {
                  e.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: 'center' });
                }
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const problemOf = (problems: Problem[], field: string) =>
  problems.find((p) => p.field === field)?.message;

interface TextProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  multiline?: boolean;
  width?: 'short' | 'medium' | 'full';
  isRequired?: boolean;
  /** Live feedback while typing (e.g. "valid KBO number"), read out politely. */
  status?: ReactNode;
}

export function TextInput(props: TextProps) {
  const t = useT();
  return (
    <TextField
      className={`field field-${props.width ?? 'full'}`}
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      isInvalid={props.error !== undefined}
      isRequired={props.isRequired}
      validationBehavior="aria"
    >
      <Label>
        {props.label}
        {props.isRequired === false ? <span className="optional"> {t('form.optional')}</span> : null}
      </Label>
      {props.hint ? <Text slot="description">{props.hint}</Text> : null}
      <FieldError className="field-error">
        <span className="visually-hidden">{t('form.error')}: </span>
        {props.error}
      </FieldError>
      {props.multiline ? <TextArea rows={5} /> : <Input />}
      {props.status !== undefined ? (
        <p className="field-status" aria-live="polite">
          {props.status}
        </p>
      ) : null}
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
}

export function SelectInput(props: {
  id: string;
  label: string;
  options: Option[];
  value: string | undefined;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
}) {
  const t = useT();
  return (
    <Select
      className="field field-medium"
      selectedKey={props.value ?? null}
      onSelectionChange={(key) => props.onChange(String(key))}
      isInvalid={props.error !== undefined}
      validationBehavior="aria"
      placeholder={t('form.choose')}
    >
      <Label>{props.label}</Label>
      {props.hint ? <Text slot="description">{props.hint}</Text> : null}
      <FieldError className="field-error">
        <span className="visually-hidden">{t('form.error')}: </span>
        {props.error}
      </FieldError>
      <AriaButton className="select-button" id={props.id}>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox">
          {props.options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="listbox-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** A calendar date as three fields (GOV.UK date input), as `YYYY-MM-DD` or '' while incomplete. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function toIsoDate(d: DateParts): string | undefined {
  const [day, month, year] = [Number(d.day), Number(d.month), Number(d.year)];
  if (!/^\d{1,2}$/.test(d.day) || !/^\d{1,2}$/.test(d.month) || !/^\d{4}$/.test(d.year)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`;
}

export function fromIsoDate(iso: string | undefined): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year, month, day] = iso.slice(0, 10).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function DateInput(props: {
  id: string;
  legend: string;
  value: DateParts;
  onChange: (v: DateParts) => void;
  error?: string;
  /** Said before the format hint (e.g. "not in the future"). */
  hint?: string;
}) {
  const t = useT();
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div className={`date-part ${width}`}>
      <label htmlFor={key === 'day' ? props.id : `${props.id}-${key}`}>{label}</label>
      <input
        id={key === 'day' ? props.id : `${props.id}-${key}`}
        inputMode="numeric"
        value={props.value[key]}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => props.onChange({ ...props.value, [key]: e.target.value.trim() })}
      />
    </div>
  );
  return (
    <fieldset className="field date-input">
      <legend>{props.legend}</legend>
      <p className="hint" id={hintId}>
        {props.hint ? `${props.hint} ` : ''}
        {t('form.dateHint')}
      </p>
      {props.error ? (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">{t('form.error')}: </span>
          {props.error}
        </p>
      ) : null}
      <div className="date-parts">
        {part('day', t('form.day'), 'w2')}
        {part('month', t('form.month'), 'w2')}
        {part('year', t('form.year'), 'w4')}
      </div>
    </fieldset>
  );
}

/**
 * Radio buttons as GOV.UK draws them: native inputs in a fieldset, the legend as the question. The
 * first option's id is `${id}-${options[0].id}`, the target of the error summary's link.
 */
export function Choices(props: {
  id: string;
  legend: string;
  options: Option[];
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
}) {
  const t = useT();
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="field choices" aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">{t('form.error')}: </span>
          {props.error}
        </p>
      ) : null}
      {props.options.map((o) => (
        <div className="choice" key={o.id}>
          <input
            type="radio"
            id={`${props.id}-${o.id}`}
            name={props.id}
            value={o.id}
            checked={props.value === o.id}
            onChange={() => props.onChange(o.id)}
          />
          <label htmlFor={`${props.id}-${o.id}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
