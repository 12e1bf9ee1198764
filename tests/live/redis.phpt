--TEST--
live: RedisException from phpredis connecting to a closed loopback port
--EXTENSIONS--
sockerr
igbinary
redis
--FILE--
<?php
require __DIR__ . '/live.inc';
try {
    (new Redis())->connect('127.0.0.1', closed_port(), 2);
} catch (RedisException $e) {
    echo $e->getMessage(), "\n", summary(sockerr_explain($e)), "\n";
}
?>
--EXPECT--
Connection refused
ConnectionRefused ECONNREFUSED native=- family=errno curl=- matched="{message}" transient=true
