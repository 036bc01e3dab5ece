import { Module } from '@nestjs/common';
import { XapiController } from './xapi.controller.js';

@Module({ controllers: [XapiController] })
export class XapiModule {}
