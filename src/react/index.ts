/**
 * uc-error-kit's React API: hooks that return words and flags, hooks that give a view its
 * behaviour, and the views that render them. The styles are imported by the views (see
 * `ErrorNotice.tsx`); a host imports them once with `import 'uc-error-kit/styles.css'`.
 */

export type { Politeness } from './announcer';
export type {
  AnnouncementOptions,
  Folding,
  NoticeDismissal,
  NoticeDismissalOptions,
} from './behaviour';
/** Behaviour hooks for a host's own notice views. */
export {
  useAnnouncement,
  useAreaFocus,
  useAreaHotkey,
  useFolding,
  useNoticeDismissal,
} from './behaviour';
export type { UcErrorKitProviderProps } from './context';
export { UcErrorKitProvider } from './context';
export type { ErrorDetailsDialogProps } from './ErrorDetailsDialog';
export { ErrorDetailsDialog } from './ErrorDetailsDialog';
export type { ErrorNoticeProps } from './ErrorNotice';
export { ErrorNotice } from './ErrorNotice';
export type { AreaNotice, ErrorNotificationAreaProps } from './ErrorNotificationArea';
export { ErrorNotificationArea } from './ErrorNotificationArea';
export type { RegisterOptions, UcErrorKitResources } from './i18n';
export { registerUcErrorKit } from './i18n';
export type { ErrorNoticeItem } from './notice-queue';
export { ErrorNoticeQueue } from './notice-queue';
export type { ErrorNoticeInit, NoticeAction } from './types';
/** What a family can tell support staff beyond its facts, loaded on demand. */
export { useErrorDescription } from './useErrorDescription';
export type { ErrorMessage, UseErrorMessageOptions } from './useErrorMessage';
export { useErrorMessage } from './useErrorMessage';
export type { ErrorNoticesState, UseErrorNoticesOptions } from './useErrorNotices';
export { useErrorNotices } from './useErrorNotices';
export type { NoticeVariant } from './variants';
export { NOTICE_VARIANTS } from './variants';
