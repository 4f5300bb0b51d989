/**
 * Text of a streamed download gathered into large UTF-8 chunks. Each piece is encoded straight into the chunk's buffer:
 * gathering a chunk as one string and encoding it at the end cost more than everything else of an export (V8 first
 * flattened the joined string, then encoded it: 8.5 of 19 s for the national entities file, whose Vietnamese text makes
 * every string two-byte), and handing the socket one small buffer per line cost a write call and a Buffer each (the
 * public CSV's 91,737 lines). A full chunk goes to `emit`; `flush` sends what is left.
 */
export class Utf8Chunks {
  private chunk: Buffer;
  private used = 0;

  constructor(
    private readonly emit: (chunk: Buffer) => void,
    private readonly size = 128 * 1024,
  ) {
    this.chunk = Buffer.allocUnsafe(size);
  }

  /** Appends `text` (and the byte `end`, e.g. 0x0a, when given); a chunk that might not hold them is emitted first. */
  add(text: string, end?: number): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = text.length * 3 + (end === undefined ? 0 : 1);
    if (this.used + most > this.chunk.length) {
      this.flush();
      if (most > this.chunk.length) {
        this.emit(Buffer.from(end === undefined ? text : text + String.fromCharCode(end), 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
    if (end !== undefined) this.chunk[this.used++] = end;
  }

  /** Emits the bytes gathered so far (nothing when there are none). */
  flush(): void {
    if (this.used === 0) return;
    this.emit(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(this.size);
    this.used = 0;
  }
}
