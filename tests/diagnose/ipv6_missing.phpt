--TEST--
diagnose: a host without IPv6: no ::1 (loopback down) and no global address or route (real failed connects in a network namespace)
--EXTENSIONS--
sockerr
posix
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces('--net'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
$child = <<<'PHP'
<?php
foreach (['tcp://[::1]:80', 'tcp://[2001:db8::1]:80'] as $address) {
    $fp = @stream_socket_client($address, $errno, $errstr, 2);
    $d = sockerr_diagnose("Unable to connect to $address ($errstr)");
    echo "$address: {$d['name']}\n";
    foreach ($d['checks'] as $c) {
        // (the local-port and container checks that run beside it are shown by their own tests)
        if (str_starts_with($c['check'], 'ipv6.')) echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
    }
}
PHP;
echo "== loopback down\n", in_namespace('', $child, ['--mount', '--net']);
echo "== loopback up\n", in_namespace('ip link set lo up', $child, ['--mount', '--net']);
?>
--EXPECT--
== loopback down
tcp://[::1]:80: EADDRNOTAVAIL
ipv6.addresses [cause] ::1 absent; 0 global, 0 link-local; default route no
tcp://[2001:db8::1]:80: EADDRNOTAVAIL
ipv6.addresses [cause] ::1 absent; 0 global, 0 link-local; default route no
== loopback up
tcp://[::1]:80: ECONNREFUSED
tcp://[2001:db8::1]:80: ENETUNREACH
ipv6.addresses [cause] ::1 present; 0 global, 0 link-local; default route no
