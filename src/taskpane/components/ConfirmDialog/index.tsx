import { Button } from "@fluentui/react-button";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-dialog";
import { useCallback, useRef, useState, type ReactElement } from "react";
import { useT } from "../../app/i18n";

/**
 * The "replace the add-in's sheets?" question as a promise for the adapter, with its dialog.
 * Escape or "Giữ nguyên" answers no; the dialog opens on "Giữ nguyên".
 */
export function useConfirmReplace(): {
  confirmReplace: (names: string[]) => Promise<boolean>;
  dialog: ReactElement;
} {
  const t = useT();
  // The names stay while the dialog animates closed, so its text does not flash empty.
  const [names, setNames] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const confirmReplace = useCallback(
    (list: string[]) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setNames(list);
        setOpen(true);
      }),
    [],
  );
  const answer = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setOpen(false);
  };
  const dialog = (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && answer(false)} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("confirmReplaceTitle")}</DialogTitle>
          <DialogContent>
            {t("confirmReplaceBody", { names: names.map((n) => `“${n}”`).join(", ") })}
          </DialogContent>
          <DialogActions>
            {/* The safe answer first and focused: Enter or Esc never destroys anything. */}
            <Button appearance="primary" autoFocus onClick={() => answer(false)}>
              {t("confirmReplaceCancel")}
            </Button>
            <Button onClick={() => answer(true)}>{t("confirmReplaceOk")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { confirmReplace, dialog };
}
