/* The cmark floor of the benchmark: read every .md file named on stdin,
 * skip its front matter and render its body to HTML with libcmark, as the
 * cmark command line would. Prints the number of bytes rendered. */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char path[4096];
    size_t total = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) continue;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, file);
        fclose(file);
        text[got] = 0;
        char *body = text;
        if (strncmp(text, "---\n", 4) == 0) {
            char *end = strstr(text + 4, "\n---\n");
            if (end) body = end + 5;
        }
        char *html = cmark_markdown_to_html(body, strlen(body), CMARK_OPT_DEFAULT);
        total += strlen(html);
        free(html);
        free(text);
    }
    printf("%zu\n", total);
    return 0;
}
