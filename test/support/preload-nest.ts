// @nestjs/throttler and nestjs-pino are CommonJS packages that require() the ES-module
// @nestjs/common. Jest refuses that require() while @nestjs/common is still part of the test
// file's unfinished import graph, so it is fully loaded here, before each test file.
import '@nestjs/common';
import '@nestjs/core';
