"""Fill a knowledge base and search it; the workspace comes from FETCH_HIVE_WORKSPACE_ID.

Items are chunked and embedded by the service; `search` returns the best chunks first,
each with its score and the item it came from. The knowledge base is deleted at the end.
"""

from fetch_hive_sdk import FetchHive

DOCUMENTS = {
    "Refund policy": "Refunds are paid within 14 days once the returned item arrives.",
    "Shipping": "Orders ship in two working days; express delivery takes one day.",
}

with FetchHive() as client:
    kb = client.knowledge_bases.create(name="Support handbook", search_type="hybrid")
    print(f"created:   knowledge base {kb.name!r} ({kb.id})")
    try:
        for name, text in DOCUMENTS.items():
            item = client.knowledge_bases.items.create(kb.id, name=name, data_content=text)
            print(f"added:     {item.name!r} ({item.status})")

        found = client.knowledge_bases.search(kb.id, "when are refunds paid?", chunk_limit=2)
        best = found.chunks[0]
        print(
            f"search:    {len(found.chunks)} chunk(s); best {best.score:.2f} from {best.item_name!r}"
        )
        print(f"best text: {best.content}")
    finally:
        client.knowledge_bases.delete(kb.id)
        print("deleted:   knowledge base (cleaned up in the background)")
