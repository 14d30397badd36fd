import type { FormEvent, ReactNode } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/i18n';
import { ErrorSummary, type Problem } from './forms';

/**
 * A modal dialog around a small form (record a payment, confirm an SME status, correct a declared aid):
 * title, optional intro, the error summary, the fields, then "save" and "cancel". Escape and cancel close it.
 */
export function FormDialog({
  open,
  setOpen,
  title,
  intro,
  problems,
  onSubmit,
  busy,
  submitLabel,
  cancelLabel,
  children,
}: {
  open: boolean;
  setOpen: (v: boolean) => void;
  title: string;
  intro?: ReactNode;
  problems: Problem[];
  onSubmit: (e: FormEvent) => void;
  busy: boolean;
  submitLabel: string;
  /** The cancel button's text; "Annuleren" unless told. */
  cancelLabel?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {intro}
          <ErrorSummary problems={problems} />
          <Form onSubmit={onSubmit} validationBehavior="aria">
            {children}
            <div className="actions">
              <Button type="submit" className="button" isDisabled={busy}>
                {submitLabel}
              </Button>
              <Button className="button button-secondary" slot="close">
                {cancelLabel ?? t('sme.cancel')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
