--TEST--
diagnose: resolv.conf, nsswitch.conf's hosts line and /etc/hosts as bind-mounted in a mount namespace (a real failed lookup)
--EXTENSIONS--
sockerr
posix
curl
--SKIPIF--
<?php require __DIR__ . '/diagnose.inc'; skip_without_namespaces('--net'); skip_under_valgrind('mount(8), a setuid program, cannot be run'); ?>
--FILE--
<?php
require __DIR__ . '/diagnose.inc';
// The files are bind-mounted over the system's in the namespace. The hosts line lists files
// only, so the lookups are answered from /etc/hosts and no name server is ever asked.
$dir = sys_get_temp_dir() . '/sockerr-resolver-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/resolv.conf", "# made by the test\nnameserver 192.0.2.53\nnameserver 192.0.2.54\n"
    . "search corp.example svc.cluster.local\noptions ndots:5 timeout:1 attempts:3\n");
file_put_contents("$dir/nsswitch.conf", "passwd: files\nhosts:          files\n");
file_put_contents("$dir/hosts", "127.0.0.1 localhost\n10.0.0.5 db.internal db # the database\n");
$child = <<<'PHP'
<?php
$fp = @stream_socket_client('tcp://orders.internal:80', $errno, $errstr, 2);
$d = sockerr_diagnose($errstr);
echo $d['name'], ': ', $d['diagnosis'], "\n";
foreach ($d['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
echo $d['checks'][0]['detail'], "\n";
$ch = curl_init('http://db.internal.example/');
curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CONNECTTIMEOUT => 5]);
curl_exec($ch);
echo "curl:\n";
foreach (sockerr_diagnose($ch)['checks'] as $c) {
    // (cURL 6 can hide a lack of descriptors: the open-file checks run too, and their counts vary)
    echo "{$c['check']} [{$c['verdict']}] ", str_starts_with($c['check'], 'limits.') ? 'N' : $c['found'], "\n";
}
echo "named in /etc/hosts:\n";
foreach (sockerr_diagnose('php_network_getaddresses: getaddrinfo for DB failed: Name or service not known')['checks'] as $c) {
    echo "{$c['check']} [{$c['verdict']}] {$c['found']}\n";
}
PHP;
$setup = '';
foreach (['resolv.conf', 'nsswitch.conf', 'hosts'] as $file) {
    $setup .= 'mount --bind ' . escapeshellarg("$dir/$file") . " /etc/$file\n";
}
echo in_namespace("ip link set lo up\n$setup", $child, ['--mount', '--net'], ['curl']);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
EAI_NONAME: 5 checks: 1 cause confirmed, 0 ruled out, 4 for context.
dns.nsswitch_hosts [cause] files
dns.nameservers [context] 192.0.2.53, 192.0.2.54
dns.search [context] corp.example svc.cluster.local
dns.options [context] ndots:5 timeout:1 attempts:3
dns.etc_hosts [context] orders.internal not listed
Neither dns nor resolve is listed, so the C library never asks a name server: a name that is not in /etc/hosts cannot resolve; add dns to the hosts line.
curl:
dns.nsswitch_hosts [cause] files
dns.nameservers [context] 192.0.2.53, 192.0.2.54
dns.search [context] corp.example svc.cluster.local
dns.options [context] ndots:5 timeout:1 attempts:3
dns.etc_hosts [context] db.internal.example not listed
limits.open_files [ruled out] N
limits.system_files [ruled out] N
named in /etc/hosts:
dns.nsswitch_hosts [cause] files
dns.nameservers [context] 192.0.2.53, 192.0.2.54
dns.search [context] corp.example svc.cluster.local
dns.options [context] ndots:5 timeout:1 attempts:3
dns.etc_hosts [context] DB is 10.0.0.5
