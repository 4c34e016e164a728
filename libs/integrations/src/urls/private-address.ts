import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

// IPv6 forms that carry an IPv4 address (mapped, translated, NAT64, 6to4): judged by the IPv4 inside.
const EMBEDDING_IPV4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4']);

/** Parses an IP literal in any form ipaddr.js knows (decimal, octal, hex IPv4; bracketed IPv6), or undefined for a name. */
export function parseAddress(text: string): Address | undefined {
  const bare = text.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare) : undefined;
}

function embeddedIpv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  // 6to4 (2002:AABB:CCDD::/48) carries it in bytes 2..5; the other forms in the last four.
  return new ipaddr.IPv4(range === '6to4' ? bytes.slice(2, 6) : bytes.slice(12, 16));
}

function isPublic(address: Address): boolean {
  const range = address.range();
  if (address.kind() === 'ipv4') return range === 'unicast';
  const v6 = address as ipaddr.IPv6;
  if (EMBEDDING_IPV4.has(range)) return isPublic(embeddedIpv4(v6, range));
  // IPv4-compatible (::a.b.c.d, deprecated) falls in ipaddr's "unicast": refuse the whole ::/96.
  if (v6.match(ipaddr.IPv6.parse('::'), 96)) return false;
  return range === 'unicast';
}

/**
 * Targets a webhook must not reach (SSRF): anything but public unicast — loopback, private,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, reserved, multicast, Teredo —
 * in every encoding of it. A string that is not an IP literal is not an address: false.
 */
export function isPrivateAddress(text: string): boolean {
  const address = parseAddress(text);
  return address !== undefined && !isPublic(address);
}

/** Whether an address falls in an allow-list entry written as an IP or a CIDR (`10.1.0.0/16`, `fd00::/8`). */
export function addressInEntry(text: string, entry: string): boolean {
  const address = parseAddress(text);
  if (!address) return false;
  const normalised = address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
  if (ipaddr.isValidCIDR(entry)) {
    const [base, bits] = ipaddr.parseCIDR(entry);
    return base.kind() === normalised.kind() && normalised.match(base, bits);
  }
  const single = parseAddress(entry);
  return single !== undefined && single.kind() === normalised.kind() && single.toNormalizedString() === normalised.toNormalizedString();
}
