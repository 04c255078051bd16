export type StoreErrorCode =
  | "NOT_A_DATABASE"
  | "MISSING"
  | "LOCKED"
  | "DISK_FULL"
  | "CANNOT_OPEN"
  | "UNREACHABLE"
  | "NEWER_SCHEMA"
  | "OLDER_SCHEMA"
  | "BAD_SPEC"
  | "QUEUE"
  | "BUSY"
  | "CLOSED";

/** A store failure with a message meant for the person running the command. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly code: StoreErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StoreError";
  }
}
