/**
 * SmartDMV design system, shared by the owner console and the clinic app. Server-safe components render in
 * server components; Dialog, FormDialog, Form, FormErrors, the labelled fields, Tabs/TabNav/SideNav and Toast
 * are client components ('use client' in their files).
 */
export { cn, focusRing } from './cn';
export { Alert, type AlertTone } from './alert';
export { Badge, StatusBadge, statusTone, type BadgeTone } from './badge';
export { Button, ButtonLink, buttonClasses, type ButtonVariant, type ButtonSize } from './button';
export { Card, CardHeader, CardBody, CardFooter, DescriptionList } from './card';
export { ConfirmDialog, Dialog } from './dialog';
export { Field, FieldError, FieldHint, Fieldset, Label, describedBy, type ControlProps } from './field';
export { Input, Select, Textarea, controlClasses } from './input';
export { TextField, SelectField, TextareaField, CheckboxField, CheckboxGroup } from './fields';
export { Form } from './form';
export {
  FormDialog,
  type FormDialogHelpers,
  type FormDialogTriggerProps,
  type FormStatus,
} from './form-dialog';
export {
  FormAlert,
  FormErrors,
  useFieldError,
  useFieldErrorLookup,
  type FormErrorsProps,
} from './form-errors';
export { PageHeader } from './page-header';
export { CursorPagination } from './pagination';
export { Spinner, PendingBlock } from './spinner';
export { EmptyState, ErrorState } from './states';
export { Table, THead, TBody, TR, TH, TD } from './table';
export { SideNav, TabNav, Tabs } from './tabs';
export { MenuDrawer } from './menu-drawer';
export { ToastProvider, useToast } from './toast';
export { apiFetch, apiRequest, formErrorText, type ApiResult, type ApiFailure } from './api-client';
export { formText } from './form-data';
