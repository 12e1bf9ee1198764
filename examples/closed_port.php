<?php
/*
 * The main job: a connect fails, and the log gets an explanation instead of a bare number.
 * Connects to a loopback port that nothing listens on, then explains the failure.
 * Run: php -d extension=modules/sockerr.so examples/closed_port.php
 */

// Find a loopback port that is closed now: bind an ephemeral port, note it, release it.
$probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($probe, false);
fclose($probe);

$client = @stream_socket_client("tcp://$address", $errno, $errstr, 2);
if ($client !== false) {
    exit("Something is listening on $address after all; run me again.\n");
}

echo "PHP said: errno $errno, \"$errstr\"\n\n";

$why = sockerr_explain($errno);
echo "{$why['error']} ({$why['name']} = {$why['native']} on {$why['platform']}, {$why['code']} everywhere)\n";
echo $why['summary'], "\n\nLikely causes:\n";
foreach ($why['causes'] as $cause) {
    echo "  - $cause\n";
}
echo "\nWhat to check:\n";
foreach ($why['hints'] as $hint) {
    echo "  - $hint\n";
}
echo "\nWorth a bounded retry (a few attempts, with backoff)? ", $why['transient'] ? 'yes' : 'no', "\n";
echo "\nAs a log context:\n", json_encode($why, JSON_UNESCAPED_SLASHES), "\n";
