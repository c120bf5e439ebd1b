// HTTP requests written byte for byte on a plain socket, so a test can send what fetch() would refuse
// or quietly clean up (dot segments, a bad Host, a malformed request line), and read exactly what came back.
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lowercase; a repeated header's values joined with ", ". */
  headers: Record<string, string>;
  /** The body as UTF-8 text, still compressed if the server gzipped it. */
  body: string;
  bytes: Buffer;
}

/**
 * Sends `request` as it is and reads until the server closes the connection (send "Connection: close").
 * Resolves with undefined when the server closed without answering.
 */
export function sendRaw(port: number, request: string | Buffer, timeoutMs = 5_000): Promise<RawResponse | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(String(request).slice(0, 200))}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may reset a connection it refused while the request was still being written.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks)));
    });
    // write(), not end(): Node's server drops a response still being read from disk once the client half-closes.
    socket.write(request);
  });
}

/** A well-formed request for a raw target, with the given extra header lines. */
export function requestFor(
  target: string,
  { method = 'GET', headers = ['Host: 127.0.0.1'] }: { method?: string; headers?: string[] } = {},
): string {
  return `${method} ${target} HTTP/1.1\r\n${[...headers, 'Connection: close'].map((h) => `${h}\r\n`).join('')}\r\n`;
}

function parseResponse(data: Buffer): RawResponse | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine, ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  const bytes = data.subarray(end + 4);
  return { status, headers, body: bytes.toString('utf8'), bytes };
}
