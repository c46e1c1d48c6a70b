/**
 * kafkajs ships gzip only: snappy, lz4 and zstd are registered here over samsa's own codecs (which are tested
 * against real clients' bytes), so kafkajs consumers and decoders in the broker's tests read every codec.
 */
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import { CompressionType, compress, decompress } from '@samsa/protocol';

export function registerKafkajsCodecs(): void {
  for (const [type, codec] of [
    [CompressionTypes.Snappy, CompressionType.snappy],
    [CompressionTypes.LZ4, CompressionType.lz4],
    [CompressionTypes.ZSTD, CompressionType.zstd],
  ] as const) {
    CompressionCodecs[type] = () => ({
      compress: (encoder: { buffer: Buffer }) => compress(codec, encoder.buffer),
      decompress: (buffer: Buffer) => decompress(codec, buffer),
    });
  }
}
