--TEST--
sockerr_scan(): an embedded NUL, invalid UTF-8, an empty string and a 10 MB line are handled
--EXTENSIONS--
sockerr
--FILE--
<?php
$show = fn (array $found) => json_encode(array_map(fn ($f) => [$f['offset'], $f['length'], $f['error']], $found));
echo $show(sockerr_scan("before\0Connection refused\0after")), "\n";
echo $show(sockerr_scan("\xff\xfe\xc3(Connection refused\x80\x80 ETIMEDOUT\xf0\x28\x8c\x28")), "\n";
echo $show(sockerr_scan("Connection refused\0")), "\n";
echo $show(sockerr_scan("\0")), "\n";
echo $show(sockerr_scan('')), "\n";
echo $show(sockerr_scan('ECONNREFUSED')), "\n";
echo $show(sockerr_scan('Connection ref')), "\n";           // a prefix cut off by the end
echo $show(sockerr_scan('errno=')), "\n";
echo $show(sockerr_scan('[Errno 99999999999999999999]')), "\n";
$big = str_repeat('x', 5 * 1024 * 1024) . ' Connection timed out ' . str_repeat('y', 5 * 1024 * 1024);
$found = sockerr_scan($big);
echo count($found), ' ', $found[0]['offset'], ' ', $found[0]['error'], "\n";
$many = str_repeat("ECONNRESET ", 100000);
echo count(sockerr_scan($many)), ' ', SocketError::fromMessage($many)->name, "\n";
var_dump(sockerr_explain("\0")['error'], SocketError::fromMessage(''));
// envelopes cut short: no closing parenthesis, nothing after "failed:", a text split by a NUL,
// UTF-8 cut inside a character; a text after 300 KB of Chinese without a space
echo $show(sockerr_scan('Unable to connect to tcp://x:1 (拒绝连接')), "\n";
echo $show(sockerr_scan('getaddrinfo for db failed: ')), "\n";
echo $show(sockerr_scan("getaddrinfo for db failed: Try\0again")), "\n";
echo $show(sockerr_scan("拒绝连\xe6\x8e")), "\n";
echo $show(sockerr_scan(str_repeat('拒', 100000) . '拒绝连接')), "\n";
?>
--EXPECT--
[[7,18,"ConnectionRefused"]]
[[4,18,"ConnectionRefused"],[25,9,"TimedOut"]]
[[0,18,"ConnectionRefused"]]
[]
[]
[[0,12,"ConnectionRefused"]]
[]
[]
[[0,28,"Unknown"]]
1 5242881 TimedOut
100000 ConnectionReset
string(7) "Unknown"
enum(SocketError::Unknown)
[[32,12,"ConnectionRefused"]]
[]
[]
[]
[[300000,12,"ConnectionRefused"]]
