package ai.landscape.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of compute found in a compute cell.
 *
 * @param text the words of the cell it was read from
 * @param accelerator A100, H100, V100, GPU, TPU v4 pod, card (卡), or PFLOPS for a throughput
 * @param count how many (PFLOPS for a throughput), null when the text gives no figure
 * @param qualifier how the figure is worded
 * @param deployment PUBLIC_CLOUD or PRIVATE_CLOUD where the text says so
 */
public record ComputeResource(
        String text,
        String accelerator,
        @Schema(nullable = true) Long count,
        Qualifier qualifier,
        @Schema(nullable = true) String deployment) {}
