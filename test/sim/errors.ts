/**
 * OfficeExtension.Error as the simulated host raises it. Codes and generic messages follow
 * Excel's (see Excel.ErrorCodes); `debugInfo.errorLocation` names the failing member the way
 * Excel does ("Worksheet.getItem" style).
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidRequestContext: 'InvalidRequestContext',
  invalidObjectPath: 'InvalidObjectPath',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const GENERIC_MESSAGES: Record<ErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "Excel JavaScript API requirement sets" for more information.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded: 'The property is not available.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** Shape-compatible with OfficeExtension.Error (name 'RichApi.Error', code, debugInfo). */
export class SimOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }

  /** The same error with the member that failed, when the thrower did not know it. */
  locatedAt(errorLocation: string): SimOfficeError {
    if (this.debugInfo.errorLocation) return this;
    return new SimOfficeError(this.code, this.message, errorLocation);
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

/** Builds an error with Excel's generic message, followed by what exactly went wrong. */
export function simError(code: ErrorCode, detail?: string, errorLocation?: string): SimOfficeError {
  const message = detail ? `${GENERIC_MESSAGES[code]} ${detail}` : GENERIC_MESSAGES[code];
  return new SimOfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(property: string): SimOfficeError {
  return new SimOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
