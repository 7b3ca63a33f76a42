/**
 * uc-error-kit's React API: hooks that return words and flags, and the views that render
 * them. The styles are imported by the views (see `ErrorNotice.tsx`); a host imports them
 * once with `import 'uc-error-kit/styles.css'`.
 */
export { UcErrorKitProvider } from './context';
export { ErrorNotice } from './ErrorNotice';
export { ErrorNotificationArea } from './ErrorNotificationArea';
export { registerUcErrorKit } from './i18n';
export { ErrorNoticeQueue } from './notice-queue';
export { useErrorMessage } from './useErrorMessage';
export { useErrorNotices } from './useErrorNotices';
/** The server's reason for an ErrorId, loaded on demand. */
export { useServerReason } from './useServerReason';
export { NOTICE_VARIANTS } from './variants';
