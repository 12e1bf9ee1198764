--TEST--
diagnose: the ephemeral port range used up (four ports, in a network namespace) and a bind to an address not on the host
--EXTENSIONS--
sockerr
posix
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces('--net'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// The namespace's local port range is made four ports wide; connects to a loopback listener
// take them all, and the fifth fails (at most eight tries).
$child = <<<'PHP'
<?php
// first a bind to an address that is not on this host (TEST-NET-1), with the range still free
$bind = @stream_socket_server('tcp://192.0.2.1:0', $errno, $errstr);
echo "bind to 192.0.2.1:\n";
foreach (sockerr_diagnose($errstr)['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
$server = stream_socket_server('tcp://127.0.0.1:5000');
$held = [];
for ($i = 0; $i < 8; $i++) {
    $client = @stream_socket_client('tcp://127.0.0.1:5000', $errno, $errstr, 2);
    if (!$client) {
        break;
    }
    $held[] = $client;
    $held[] = stream_socket_accept($server, 2);
}
echo "connect $i failed: $errno\n";
$d = sockerr_diagnose($errno);
echo $d['name'], ': ', $d['diagnosis'], "\n";
foreach ($d['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
PHP;
echo in_namespace("ip link set lo up\necho '40000 40003' >/proc/sys/net/ipv4/ip_local_port_range", $child, ['--mount', '--net']);
?>
--EXPECT--
bind to 192.0.2.1:
ports.ephemeral_range [context] 40000-40003 (4 ports)
ports.ip_nonlocal_bind [context] 0
ports.ephemeral_in_use [ruled out] at most 0 in use (0 TCP sockets in all)
connect 4 failed: 99
EADDRNOTAVAIL: 3 checks: 1 cause confirmed, 0 ruled out, 2 for context.
ports.ephemeral_in_use [cause] 4 in use, 0 of them in TIME_WAIT
ports.ephemeral_range [context] 40000-40003 (4 ports)
ports.ip_nonlocal_bind [context] 0
