import assert from "node:assert/strict";
import { test } from "node:test";
import { addressKey, clientAddressFrom } from "@/lib/abuse/client-address";

test("the rightmost forwarded address is the one our own proxy wrote", () => {
  assert.equal(clientAddressFrom("6.6.6.6, 203.0.113.7"), "203.0.113.7");
  assert.equal(clientAddressFrom("203.0.113.7"), "203.0.113.7");
  assert.equal(clientAddressFrom(null), "unknown");
  assert.equal(clientAddressFrom(" , "), "unknown");
});

test("IPv6 addresses share a bucket per /64; IPv4-mapped ones are plain IPv4", () => {
  assert.equal(addressKey("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
  assert.equal(addressKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee"), "2001:db8:1:2::/64");
  assert.equal(addressKey("::1"), "0:0:0:0::/64");
  assert.equal(addressKey("::ffff:192.0.2.1"), "192.0.2.1");
  assert.equal(addressKey("[2001:db8::1]:443"), "2001:db8:0:0::/64");
  assert.equal(addressKey("not an address"), "invalid");
});
