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
 * @param shared true when the text says the organization shares the resource (Share, 共享) rather than owns it
 * @param sharedFrom the words naming whose pool is shared, verbatim ("鹏城实验室下面2400张卡")
 * @param poolCount the size of the pool the count is a part of ("2400张卡中的1200张": 2400)
 */
@Schema(
        description = "An amount of compute of a 算力资源 cell. The count is what the organization has: where the text "
                + "gives a part of a pool (\"2400张卡中的1200张\"), the count is the part and the pool is poolCount; "
                + "where it says the part is shared (Share, 共享), shared is true and sharedFrom names the pool.")
public record ComputeResource(
        String text,
        String accelerator,
        @Schema(nullable = true) Long count,
        Qualifier qualifier,
        @Schema(nullable = true) String deployment,

        @Schema(
                description = "True when the text says the organization shares this compute (Share, 共享) rather "
                        + "than owns it")
        boolean shared,

        @Schema(
                nullable = true,
                description = "Whose pool is shared, the words of the text verbatim (\"鹏城实验室下面2400张卡\")")
        String sharedFrom,

        @Schema(nullable = true, description = "The size of the pool the count is a part of (\"2400张卡中的1200张\": 2400)")
        Long poolCount) {}
