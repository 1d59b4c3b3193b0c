<?cs if:List.Prev || List.Next ?>
<nav class="pager" aria-label="Pages of the list">
<ul class="task-list">
<?cs if:List.Start ?><li><a href="<?cs var:List.Start ?>">First page<span class="visually-hidden"> of the list</span></a></li><?cs /if ?>
<?cs if:List.Prev ?><li><a href="<?cs var:List.Prev ?>" rel="prev">Previous page<span class="visually-hidden"> of the list</span></a></li><?cs /if ?>
<?cs if:List.Next ?><li><a href="<?cs var:List.Next ?>" rel="next">Next page<span class="visually-hidden"> of the list</span></a></li><?cs /if ?>
</ul>
</nav>
<?cs /if ?>
