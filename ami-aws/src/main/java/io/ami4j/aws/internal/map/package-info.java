/**
 * Small mappers between the SDK's EC2 and SSM shapes and ami4j's model, one per kind of value.
 * Answers are read leniently (an unknown value of an optional field is dropped with a warning)
 * because EC2 adds values over time; requests are written exactly. Not exported.
 */
package io.ami4j.aws.internal.map;
