"""Quality-review logic without Qt: review queue, AutoQA, drafts, statistics, CSV export."""
