--TEST--
Windows' own texts in other languages (src/l10n/windows.def, each from a public paste): found alone and inside .NET's, Python's and PHP's envelopes, as Winsock's codes
--EXTENSIONS--
sockerr
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../../src/l10n/windows.def')) die('skip needs the source tree (src/l10n/windows.def)'); ?>
--FILE--
<?php
require __DIR__ . '/l10n.inc';
$envelopes = fn (string $text, int $code) => [
    "System.Net.Sockets.SocketException (0x80004005): $text",
    "System.Net.Sockets.SocketException ($code): $text 127.0.0.1:6379",
    "ConnectionRefusedError: [WinError $code] " . rtrim($text, '.'),
    "stream_socket_client(): Unable to connect to tcp://db:5432 ($text)",
];
[$checked] = check_table('windows', 'windows', $envelopes);
$languages = count(array_unique(array_column(l10n_rows('windows'), 0)));
echo "$languages languages; ", $checked >= 60 ? "60 texts and more" : "only $checked texts", " found alone and in 4 envelopes\n";

// the issue's examples
foreach ([
    '由于目标计算机积极拒绝，无法连接。',
    '提供了一个无效的参数。',
    'System.Net.Sockets.SocketException (0x80004005): 由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。',
    "Warning: stream_socket_client(): unable to connect to tcp://127.0.0.1:6379 (Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte)",
    'SocketException: 対象のコンピューターによって拒否されたため、接続できませんでした。 (localhost:5000)',
] as $line) {
    $r = sockerr_explain($line);
    printf("%-20s %-18s %-6s %s\n", $r['error'], $r['name'] ?? '-', $r['native'] ?? '-', mb_strimwidth_safe($line));
}
function mb_strimwidth_safe(string $s): string
{
    return preg_match('/^.{0,40}/u', $s, $m) ? $m[0] : $s;
}
?>
--EXPECT--
14 languages; 60 texts and more found alone and in 4 envelopes
ConnectionRefused    WSAECONNREFUSED    10061  由于目标计算机积极拒绝，无法连接。
InvalidArgument      WSAEINVAL          10022  提供了一个无效的参数。
TimedOut             WSAETIMEDOUT       10060  System.Net.Sockets.SocketException (0x80
ConnectionRefused    WSAECONNREFUSED    10061  Warning: stream_socket_client(): unable 
ConnectionRefused    WSAECONNREFUSED    10061  SocketException: 対象のコンピューターによって拒否されたため、接
