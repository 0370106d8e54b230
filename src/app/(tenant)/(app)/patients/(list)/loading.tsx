// See PageLoading: only for pages with no access or id check.
export { PageLoading as default } from '@/components/tenant/page-loading';
