/**
 * uc-error-kit's React API: hooks that return words and flags, and the views that render
 * them. The styles are imported by the views (see `ErrorNotice.tsx`); a host imports them
 * once with `import 'uc-error-kit/styles.css'`.
 */

export type { Politeness } from './announcer';
export type { UcErrorKitProviderProps } from './context';
export { UcErrorKitProvider } from './context';
export type { ErrorNoticeProps } from './ErrorNotice';
export { ErrorNotice } from './ErrorNotice';
export type { AreaNotice, ErrorNotificationAreaProps } from './ErrorNotificationArea';
export { ErrorNotificationArea } from './ErrorNotificationArea';
export type { RegisterOptions, UcErrorKitResources } from './i18n';
export { registerUcErrorKit } from './i18n';
export type { ErrorNoticeItem } from './notice-queue';
export { ErrorNoticeQueue } from './notice-queue';
export type { ErrorNoticeInit, NoticeAction } from './types';
export type { ErrorMessage, UseErrorMessageOptions } from './useErrorMessage';
export { useErrorMessage } from './useErrorMessage';
export type { ErrorNoticesState, UseErrorNoticesOptions } from './useErrorNotices';
export { useErrorNotices } from './useErrorNotices';
/** The server's reason for an ErrorId, loaded on demand. */
export { useServerReason } from './useServerReason';
export type { NoticeVariant } from './variants';
export { NOTICE_VARIANTS } from './variants';
