import type { ApiOperation } from '@/server/shared/openapi/operation';
import { signUpBody, signUpResponse } from './sign-up.schema';

/** Self sign-up: on the apex host only, while the operator's signupsOpen setting is on. */
export const operations: ApiOperation[] = [
  {
    method: 'post',
    path: '/api/signup',
    summary:
      'A clinic signs itself up on the default plan (apex host only; 404 while signupsOpen is off; 429 when throttled)',
    tags: ['System'],
    auth: 'public',
    body: signUpBody,
    response: signUpResponse,
    successStatus: 201,
    errors: [400, 404, 409, 429],
  },
];
