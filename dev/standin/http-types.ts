/**
 * The contract between the stand-in's UrlFetchApp and the fake servers behind it
 * (the fake Zoom server, dev/fake-zoom/). A handler answers one HTTP request.
 */
export interface FakeHttpRequest {
  url: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  headers: Record<string, string>;
  /** Body as sent (string), or '' when none. */
  payload: string;
}

export interface FakeHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** A binary body (file exports); when set, getContent/getBlob return these bytes. */
  bytes?: Uint8Array;
}

/** A fake server: returns a response, or throws to simulate a network error / timeout. */
export type FakeHttpHandler = (req: FakeHttpRequest) => FakeHttpResponse;
