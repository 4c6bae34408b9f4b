/**
 * ami4j's model: typed ids and values that validate themselves, EC2's enums with their wire
 * spellings, and immutable value types for images, snapshots, instances and their parts.
 */
@AmiStyle
package io.ami4j.model;

import io.ami4j.internal.value.AmiStyle;
