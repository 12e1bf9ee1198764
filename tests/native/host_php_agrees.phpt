--TEST--
sockerr: the host's rows agree with ext/sockets' SOCKET_E* constants, socket_strerror() and posix_strerror()
--SKIPIF--
<?php if (PHP_OS_FAMILY === 'Windows') die('skip posix_strerror() is Unix only'); ?>
--EXTENSIONS--
sockerr
sockets
posix
--FILE--
<?php
$rows = [];
foreach (sockerr_errors() as $row) {
    $rows[$row['family']][$row['name']] = $row;
}
$constants = 0;
foreach (get_defined_constants(true)['sockets'] as $constant => $value) {
    if (!preg_match('/^SOCKET_(E[A-Z0-9]+)$/', $constant, $m)) {
        continue;
    }
    $constants++;
    $row = $rows['errno'][$m[1]] ?? null;
    if ($row === null) {
        echo "$constant has no row\n";
    } elseif ($row['code'] !== $value) {
        echo "$constant is $value, the table says {$row['code']}\n";
    } elseif (SocketError::fromNative($value) !== SocketError::fromName($m[1])) {
        echo "$constant does not decode to its own symbol's case\n";
    }
}
echo $constants > 80 ? "SOCKET_E* constants agree\n" : "only $constants constants\n";

foreach ($rows['errno'] as $name => $row) {
    if (posix_strerror($row['code']) !== $row['message'] || socket_strerror($row['code']) !== $row['message']) {
        echo "$name: posix_strerror() says ", posix_strerror($row['code']), ", the table says {$row['message']}\n";
    }
}
echo "errno texts agree\n";
// ext/sockets reports host lookup failures as -10000 - h_errno, with hstrerror()'s text
foreach ($rows['resolver'] as $name => $row) {
    if (str_starts_with($name, 'EAI_') || $row['code'] <= 0) {
        continue;
    }
    $record = sockerr_explain(-10000 - $row['code']);
    if (socket_strerror(-10000 - $row['code']) !== $record['message']) {
        echo "$name: socket_strerror() says ", socket_strerror(-10000 - $row['code']), "\n";
    }
}
echo "h_errno texts agree\n";
?>
--EXPECT--
SOCKET_E* constants agree
errno texts agree
h_errno texts agree
