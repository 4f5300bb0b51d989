export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as { __ICT_STOP__?: () => Promise<void> }).__ICT_STOP__;
  if (stop) await stop();
}
