--TEST--
sockerr: every case, and every symbol a connect or lookup commonly produces, has its own explanation
--EXTENSIONS--
sockerr
--FILE--
<?php
$missing = 0;
foreach (SocketError::cases() as $case) {
    $r = $case->explain();
    if ($r['summary'] === '' || !$r['causes'] || !$r['hints'] || $r['transient'] !== $case->isTransient()) {
        echo "{$case->name} is incomplete\n";
        $missing++;
    }
}
echo count(SocketError::cases()), " cases explained, $missing incomplete\n";

$symbols = ['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN',
    'ECONNRESET', 'ECONNABORTED', 'ENETRESET', 'EPIPE', 'ESHUTDOWN', 'EACCES', 'EPERM', 'EADDRINUSE',
    'EADDRNOTAVAIL', 'ENOENT', 'EMFILE', 'ENFILE', 'ENOBUFS', 'EAGAIN', 'EINPROGRESS', 'EALREADY',
    'EISCONN', 'ENOTCONN', 'EINTR', 'EAFNOSUPPORT', 'EPROTONOSUPPORT'];
$resolver = [];
foreach (['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'solaris', 'aix', 'windows'] as $platform) {
    foreach (sockerr_errors($platform) as $row) {
        if ($row['family'] === 'resolver' && $row['name'] !== 'NO_ADDRESS') {
            $resolver[$row['name']] = $platform;
        }
    }
}
ksort($resolver);
$specific = 0;
foreach (array_merge($symbols, array_keys($resolver)) as $symbol) {
    $r = sockerr_explain($symbol, $resolver[$symbol] ?? 'linux');
    $generic = SocketError::from($r['code'])->explain();
    if ($r['summary'] === $generic['summary'] && $r['error'] !== 'Unknown') {
        echo "$symbol has no explanation of its own\n";
    } elseif ($r['error'] === 'Unknown' && $r['summary'] === $generic['summary']) {
        echo "$symbol has no explanation of its own\n";
    } else {
        $specific++;
    }
    // its Windows twin reads the same, except where Winsock gives the name another meaning
    // (WSAEINPROGRESS: another blocking call is running; a pending connect is WSAEWOULDBLOCK)
    $twin = sockerr_explain('WSA' . $symbol, 'windows');
    if ($twin['name'] === 'WSA' . $symbol && $twin['summary'] !== $r['summary'] && $symbol !== 'EINPROGRESS') {
        echo "WSA$symbol differs from $symbol\n";
    }
}
echo $specific === count($symbols) + count($resolver) ? "all symbols explained\n" : "$specific explained\n";
// the causes people really hit are there
$all = json_encode(array_map(fn ($s) => sockerr_explain($s), array_merge($symbols, array_keys($resolver))));
foreach (['ss -ltnp', 'getenforce', 'setsebool -P httpd_can_network_connect 1', 'ausearch -m avc',
    'ulimit -n', 'host.docker.internal', '::1', 'TIME_WAIT', 'NO_PROXY', 'firewalld'] as $needle) {
    echo str_contains(strtolower($all), strtolower($needle)) ? "mentions $needle\n" : "never mentions $needle\n";
}
?>
--EXPECT--
47 cases explained, 0 incomplete
all symbols explained
mentions ss -ltnp
mentions getenforce
mentions setsebool -P httpd_can_network_connect 1
mentions ausearch -m avc
mentions ulimit -n
mentions host.docker.internal
mentions ::1
mentions TIME_WAIT
mentions NO_PROXY
mentions firewalld
