package io.github.consultation.examples;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a request comes from, for rate limits: the remote address, or, when that address is a
 * trusted proxy, the first address in {@code X-Forwarded-For} (read from the right) that is not
 * itself a trusted proxy. From anyone else the header is ignored, since a client can write
 * whatever it likes in it. Immutable.
 */
final class ClientAddress {
    /** A trusted proxy: one address, or a network in CIDR form such as {@code 10.0.0.0/8}. */
    record Network(byte[] address, int prefixBits) {
        static Network parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] address = literal(parts[0]).orElseThrow(
                    () -> new IllegalArgumentException("Not an IP address: " + text));
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("Not a prefix length: " + text);
            }
            return new Network(address, bits);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (address[full] & mask);
        }
    }

    private final List<Network> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        List<Network> networks = new ArrayList<>();
        for (String proxy : trustedProxies) {
            networks.add(Network.parse(proxy));
        }
        this.trustedProxies = List.copyOf(networks);
    }

    /** The client of a request from {@code remote} that carried {@code forwardedFor} (may be null). */
    String of(InetAddress remote, String forwardedFor) {
        if (!trusted(remote.getAddress()) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote.getHostAddress();
        }
        String[] hops = forwardedFor.split(",");
        String leftmost = null;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<byte[]> address = literal(hop);
            if (address.isEmpty()) {
                // Not an address: the chain cannot be followed further.
                return remote.getHostAddress();
            }
            String canonical = canonical(address.get());
            if (!trusted(address.get())) {
                return canonical;
            }
            leftmost = canonical;
        }
        return leftmost == null ? remote.getHostAddress() : leftmost;
    }

    private static String canonical(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("An address of 4 or 16 bytes is always valid", e);
        }
    }

    /** Whether {@code address} is one of the trusted proxies. */
    boolean isTrustedProxy(InetAddress address) {
        return trusted(address.getAddress());
    }

    private boolean trusted(byte[] address) {
        for (Network network : trustedProxies) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes of an IP address literal, without any name lookup. */
    static Optional<byte[]> literal(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean ipv4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = t.contains(":") && t.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
