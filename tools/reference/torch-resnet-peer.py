"""PyTorch peer for tools/bench-embed.ts (never needed by set-up or tests).

Usage: /usr/bin/python3 tools/reference/torch-resnet-peer.py SECONDS FILE_LIST
torchvision's ResNet-50 in fp32 on 2 threads (random weights: the speed is the same and nothing is
downloaded). Model-only images/s at batch 8 and 32 on a fixed tensor, then an end-to-end loop over the
image files listed one per line in FILE_LIST: PIL decode, RGB, resize shorter side 256 (bilinear),
centre crop 224, normalise, batches of 8, embeddings (the pooled 2048-d features) kept. Prints one JSON
line. Exit 3 when torch or torchvision is missing.
"""
import json
import sys
import time

try:
    import torch
    import torchvision
    from PIL import Image
except ImportError as error:  # the bench reports the peer as absent
    print(json.dumps({"error": f"missing {error.name}"}))
    sys.exit(3)


def main() -> None:
    seconds = float(sys.argv[1])
    with open(sys.argv[2], encoding="utf8") as handle:
        files = [line.strip() for line in handle if line.strip()]
    torch.set_num_threads(2)
    model = torchvision.models.resnet50()
    model.fc = torch.nn.Identity()
    model.eval()
    model_only = {}
    with torch.inference_mode():
        for batch in (8, 32):
            inputs = torch.randn(batch, 3, 224, 224)
            model(inputs)
            images = 0
            start = time.perf_counter()
            while time.perf_counter() - start < seconds:
                model(inputs)
                images += batch
            model_only[str(batch)] = images / (time.perf_counter() - start)
        mean = torch.tensor([0.485, 0.456, 0.406]).view(3, 1, 1)
        std = torch.tensor([0.229, 0.224, 0.225]).view(3, 1, 1)
        transform = torchvision.transforms.Compose([
            torchvision.transforms.Resize(256),
            torchvision.transforms.CenterCrop(224),
            torchvision.transforms.PILToTensor(),
        ])
        start = time.perf_counter()
        embedded = 0
        for first in range(0, len(files), 8):
            tensors = []
            for path in files[first:first + 8]:
                with Image.open(path) as image:
                    tensors.append((transform(image.convert("RGB")).float() / 255 - mean) / std)
            features = model(torch.stack(tensors))
            embedded += features.shape[0]
        end_to_end = embedded / (time.perf_counter() - start)
    print(json.dumps({
        "model": model_only,
        "endToEnd": end_to_end,
        "images": embedded,
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "threads": torch.get_num_threads(),
    }))


if __name__ == "__main__":
    main()
