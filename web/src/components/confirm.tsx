import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/i18n';
import { FailureNotice } from './failure';

/**
 * A dialog that asks to confirm a step that cannot be undone (remove a member, remove a document,
 * submit a report): the focus moves into it, Escape and "Annuleren" close it.
 */
export function ConfirmDialog(props: {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  confirm: string;
  onConfirm: () => void;
  busy?: boolean;
  error?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={(open) => !open && props.onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{props.title}</Heading>
          {props.children}
          {props.error ? <FailureNotice title={t('common.error')}>{props.error}</FailureNotice> : null}
          <div className="actions">
            <Button
              className="button"
              data-action="confirm"
              onPress={props.onConfirm}
              isDisabled={props.busy}
            >
              {props.confirm}
            </Button>
            <Button className="button button-secondary" slot="close">
              {t('submit.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
