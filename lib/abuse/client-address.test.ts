import assert from "node:assert/strict";
import { test } from "node:test";
import { addressKey, clientAddressFrom } from "@/lib/abuse/client-address";

test("the rightmost forwarded address is the one our own proxy wrote", () => {
  const forwardedFor: [string | null, string][] = [
    ["6.6.6.6, 203.0.113.7", "203.0.113.7"],
    ["203.0.113.7", "203.0.113.7"],
    [null, "unknown"],
    [" , ", "unknown"],
  ];
  for (const [header, address] of forwardedFor) assert.equal(clientAddressFrom(header), address, `${header}`);
});

test("IPv6 addresses share a bucket per /64; IPv4-mapped ones are plain IPv4", () => {
  const buckets: [string, string][] = [
    ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2:bbbb:cccc:dddd:eeee", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["[2001:db8::1]:443", "2001:db8:0:0::/64"],
    ["not an address", "invalid"],
  ];
  for (const [address, bucket] of buckets) assert.equal(addressKey(address), bucket, address);
});
